// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { tableScroll } from './src/markdown/table-scroll.ts';
import { glossaryLinks } from './src/markdown/glossary-links.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { factsReport } from './src/integrations/facts-report.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { linkPreviews, sitemapOptions } from './src/integrations/link-previews.ts';
import { readRedirects } from './src/lib/urls/files.ts';
import { astroRedirects } from './src/lib/urls/redirects.ts';

// Old addresses and where they lead (content/redirections.yaml), checked before anything is built.
const redirects = readRedirects();
// Preview images and the sitemap are made from the built pages' heads: the sitemap must come
// right after linkPreviews, which reads them (after the redirect pages are written). The images
// are drawn while the search index and the link check run; `previews.drawn`, last, waits for them.
const previews = linkPreviews();

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://faire-ensemble.example',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  redirects: astroRedirects(redirects),
  // Tests that build edited copies of content/ use their own cache, so the content store
  // of the real site is never mixed with theirs.
  cacheDir: process.env.FE_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    processor: satteri({
      hastPlugins: [tableScroll(), headingAnchors(), glossaryLinks(`${process.env.FE_CONTENT_DIR ?? './content'}/glossaire.yaml`)],
    }),
  },
  integrations: [
    mdx(),
    // Only the islands are Preact components: Babel's JSX pass is not run on the rest of src/.
    preact({ include: ['**/src/islands/**/*.tsx'] }),
    redirectPages(redirects),
    previews,
    sitemap(sitemapOptions(previews)),
    pagefindIndex(),
    linkCheck(redirects),
    factsReport(),
    // Once every page, the search index and the data files are written: they are what it stores.
    serviceWorker(),
    // After every step that writes pages: the Content Security Policy is made from them as they
    // are finally written (the preview images, still being drawn, are not pages).
    securityHeadersFile(redirects),
    previews.drawn,
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Known upstream issue withastro/astro#18087: Rolldown warns, once per MDX page, that the
        // "use astro:head-inject" directive Astro adds may not be preserved when bundling. It is
        // harmless; drop exactly that warning and keep every other one.
        onLog(level, log, defaultHandler) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          defaultHandler(level, log);
        },
      },
    },
  },
});
