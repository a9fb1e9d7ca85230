import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Strict CSP: every asset is ours (no CDN, no inline script or style, no plugin, not framed). */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'blob:', 'data:'],
  connectSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

/** The policy as helmet writes it (tests and documentation compare against it). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self';img-src 'self' blob: data:;connect-src 'self';script-src 'self';style-src 'self';frame-ancestors 'none';base-uri 'none';form-action 'self';object-src 'none'";

/** The widget's camera button needs the camera; nothing we serve needs the rest. Helmet 8 does not set this header. */
export const PERMISSIONS_POLICY = 'camera=(self), geolocation=(), microphone=()';

export interface SetSecurityHeadersOptions {
  /** HSTS only when the service is reached over https: on plain http it would be ignored, and wrong. */
  publicBaseUrl: string;
}

/** Helmet with our strict policy on every response, plus Permissions-Policy. */
export function setSecurityHeaders({ publicBaseUrl }: SetSecurityHeadersOptions): RequestHandler {
  const headers = helmet({
    // No defaults: the policy is exactly ours (helmet's would add upgrade-insecure-requests and allow https: fonts).
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    strictTransportSecurity: publicBaseUrl.startsWith('https:') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Links carry secrets (/sign/<token>, /pay/<token>): they must never leave in a Referer.
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    headers(req, res, next);
  };
}
