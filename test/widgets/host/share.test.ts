import { describe, expect, it } from 'vitest'
import { appBase, iframeSnippet } from '../../../src/widgets/host/share.ts'

describe('share', () => {
  it('points embeds at the page the learner is on, wherever it is hosted', () => {
    expect(appBase({ origin: 'https://course.example', pathname: '/ml/unfold/' })).toBe(
      'https://course.example/ml/unfold/',
    )
  })

  it('writes an iframe that an HTML page accepts as pasted: escaped, titled, sized', () => {
    const html = iframeSnippet('https://x.example/#/embed/w?a=1&b=2', 'A "quoted" <title>', 512.3)
    expect(html).toBe(
      '<iframe src="https://x.example/#/embed/w?a=1&amp;b=2" title="Unfold: A &quot;quoted&quot; &lt;title&gt;" ' +
        'width="100%" height="513" style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>',
    )
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const frame = doc.querySelector('iframe')!
    expect(frame.getAttribute('src')).toBe('https://x.example/#/embed/w?a=1&b=2')
    expect(frame.title).toBe('Unfold: A "quoted" <title>')
  })

  it('keeps the height sensible: never a sliver, never a wall', () => {
    expect(iframeSnippet('u', 't', 10)).toContain('height="240"')
    expect(iframeSnippet('u', 't', 99999)).toContain('height="2000"')
  })
})
