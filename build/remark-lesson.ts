/**
 * The remark plugin that turns one lesson file into something every mode can render:
 * - the frontmatter becomes `export const frontmatter`;
 * - top-level `---` breaks split the lesson into `<Slide index="n">` sections (done here, on the
 *   syntax tree, so notebook and slides render the very same nodes);
 * - h2/h3 headings get ids and become `export const outline` (the table of contents);
 * - every component element gets a stable `instanceKey` (name + occurrence), so a widget's edits or
 *   an exercise's solved state can be stored per lesson without the author naming each one.
 */
import { valueToEstree } from 'estree-util-value-to-estree'
import type { Program } from 'estree'
import type { Heading, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { parseFrontmatter, slugify } from './lesson-meta.ts'

/** One entry of a lesson's table of contents. */
export interface OutlineEntry {
  depth: number
  text: string
  id: string
  slide: number
}

function exportConst(name: string, value: unknown): RootContent {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExportNamedDeclaration',
        specifiers: [],
        attributes: [],
        declaration: {
          type: 'VariableDeclaration',
          kind: 'const',
          declarations: [
            {
              type: 'VariableDeclarator',
              id: { type: 'Identifier', name },
              init: valueToEstree(value),
            },
          ],
        },
      },
    ],
  }
  return { type: 'mdxjsEsm', value: '', data: { estree: program } } as RootContent
}

function plainText(node: { children?: unknown[]; value?: unknown }): string {
  if (typeof node.value === 'string') return node.value
  return (node.children ?? []).map((c) => plainText(c as typeof node)).join('')
}

/** The plugin; see the file comment. */
export function remarkLesson() {
  return (tree: Root, file: VFile) => {
    const yamlNode = tree.children.find((n) => n.type === 'yaml')
    const frontmatter = parseFrontmatter(
      yamlNode && 'value' in yamlNode ? (yamlNode.value as string) : null,
      file.path ?? 'lesson',
    )

    const counts = new Map<string, number>()
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      const el = node as MdxJsxFlowElement
      if (!el.name || !/^[A-Z]/.test(el.name)) return
      const n = (counts.get(el.name) ?? 0) + 1
      counts.set(el.name, n)
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'instanceKey', value: `${el.name}-${n}` })
    })

    const slides: RootContent[][] = [[]]
    const passthrough: RootContent[] = []
    for (const node of tree.children) {
      if (node.type === 'yaml' || node.type === 'mdxjsEsm') passthrough.push(node)
      else if (node.type === 'thematicBreak') slides.push([])
      else slides[slides.length - 1].push(node)
    }
    const nonEmpty = slides.filter((s) => s.length > 0)

    const outline: OutlineEntry[] = []
    const used = new Set<string>()
    nonEmpty.forEach((children, slide) => {
      for (const node of children) {
        visit(node, 'heading', (h: Heading) => {
          if (h.depth > 3) return
          const text = plainText(h)
          let id = slugify(text)
          for (let k = 2; used.has(id); k++) id = `${slugify(text)}-${k}`
          used.add(id)
          h.data = { ...h.data, hProperties: { ...(h.data?.hProperties ?? {}), id } }
          outline.push({ depth: h.depth, text, id, slide })
        })
      }
    })

    const slideNodes = nonEmpty.map((children, index): MdxJsxFlowElement => ({
      type: 'mdxJsxFlowElement',
      name: 'Slide',
      attributes: [{ type: 'mdxJsxAttribute', name: 'index', value: String(index) }],
      children: children as MdxJsxFlowElement['children'],
    }))

    tree.children = [
      ...passthrough.filter((n) => n.type !== 'yaml'),
      exportConst('frontmatter', frontmatter),
      exportConst('outline', outline),
      exportConst('slideCount', slideNodes.length),
      ...slideNodes,
    ]
  }
}
