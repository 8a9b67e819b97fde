import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';

/** A year, as HSTS preload lists ask; sent only when the site is served over HTTPS (COOKIE_SECURE). */
const HSTS_SECONDS = 365 * 24 * 3600;

/**
 * Security headers on every response (docs/operations.md, "Headers"): a Content-Security-Policy
 * that allows only the app's own scripts, styles, fonts, images and connections (the Vite build has
 * no inline script; React sets styles through the DOM, which style-src does not govern), no framing,
 * no MIME sniffing, no referrer beyond the origin, HSTS behind HTTPS. Cross-origin calls are
 * refused unless CORS_ORIGINS names the calling site.
 */
export function applySecurityHeaders(app: NestExpressApplication, config: AppConfig): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      strictTransportSecurity: config.cookieSecure ? { maxAge: HSTS_SECONDS, includeSubDomains: true } : false,
      // Apollo's landing page is off and the web client loads nothing cross-origin, so the
      // cross-origin isolation headers' defaults hold.
    }),
  );
  app.enableCors({
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}
