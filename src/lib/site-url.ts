import type { AstroIntegration } from 'astro';

/**
 * Says once, at the start of a build without SITE_URL, what that build leaves out: canonical
 * links, og:url, preview cards and the sitemap need the site's public address, and a build never makes one up.
 */
export function siteUrlNotice(): AstroIntegration {
  return {
    name: 'interview-reader:site-url',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!config.site) logger.warn('SITE_URL is not set: pages carry no canonical URL, og:url or preview card, and there is no sitemap.xml. Set SITE_URL=https://your.host when building the site you deploy');
      },
    },
  };
}
