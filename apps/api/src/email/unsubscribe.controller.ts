import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { escapeHtml } from '../mail/outgoing-mail';
import { MailPreferencesService } from './mail-preferences.service';

function page(title: string, message: string, token: string | null): string {
  const again = token
    ? `<form method="post" action="/mail/resubscribe?token=${encodeURIComponent(token)}">
<button type="submit" style="font:inherit;padding:8px 16px;color:#fff;background:#22577a;border:0;border-radius:6px;cursor:pointer">Send me the daily digest again</button></form>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)} · Glossa</title>
<style>body{margin:0;padding:48px 16px;background:#f7f5f0;color:#1d2127;font:17px/1.5 system-ui,sans-serif}
main{max-width:32rem;margin:0 auto}a{color:#22577a}button:focus-visible{outline:3px solid #d98e04;outline-offset:2px}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${again}<p><a href="/email-preferences">Choose your mail in Glossa</a></p></main></body></html>`;
}

/**
 * The one-click unsubscribe of mail about mentions and replies: the link in every message (GET) and the mail client's
 * List-Unsubscribe-Post (RFC 8058, POST). The token can only turn this mail off and on again.
 */
@Controller('mail')
export class UnsubscribeController {
  constructor(private readonly preferences: MailPreferencesService) {}

  @Public()
  @Get('unsubscribe')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async unsubscribeByLink(@Query('token') token = ''): Promise<string> {
    return this.unsubscribe(token);
  }

  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  async unsubscribeOneClick(@Query('token') token = ''): Promise<string> {
    return this.unsubscribe(token);
  }

  @Public()
  @Post('resubscribe')
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  async resubscribe(@Query('token') token = ''): Promise<string> {
    const done = await this.preferences.setByToken(token, 'DAILY');
    return done
      ? page('Mail is back on', 'You will get a daily digest of mentions and replies again.', null)
      : page('Link not recognised', 'This link is not valid any more. Choose your mail in Glossa.', null);
  }

  private async unsubscribe(token: string): Promise<string> {
    const done = await this.preferences.setByToken(token, 'OFF');
    return done
      ? page('You are unsubscribed', 'Glossa will not email you about mentions and replies any more.', token)
      : page('Link not recognised', 'This link is not valid any more. Choose your mail in Glossa.', null);
  }
}
