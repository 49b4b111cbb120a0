// KaTeX's stylesheet and fonts, in one module so every chunk that needs them shares one copy.
import 'katex/dist/katex.min.css'
