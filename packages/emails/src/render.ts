import { render, toPlainText } from '@react-email/render';
import { createElement, type ComponentType } from 'react';
import { cleanProps } from './plain-text.js';
import { ConfirmEmailChange, confirmEmailChangeSubject } from './templates/confirm-email-change.js';
import { EmailChanged, emailChangedSubject } from './templates/email-changed.js';
import { InvitationEmail, invitationSubject } from './templates/invitation.js';
import { ResetPasswordEmail, resetPasswordSubject } from './templates/reset-password.js';
import { UsageAlertEmail, usageAlertSubject } from './templates/usage-alert.js';
import { VerifyEmail, verifyEmailSubject } from './templates/verify-email.js';
import { WelcomeEmail, welcomeSubject } from './templates/welcome.js';

interface Template<P> {
  component: ComponentType<P>;
  subject: (props: P) => string;
}

/** Every email Roster sends: template name → component and subject line. */
const templates = {
  welcome: { component: WelcomeEmail, subject: welcomeSubject },
  invitation: { component: InvitationEmail, subject: invitationSubject },
  'verify-email': { component: VerifyEmail, subject: verifyEmailSubject },
  'reset-password': { component: ResetPasswordEmail, subject: resetPasswordSubject },
  'confirm-email-change': { component: ConfirmEmailChange, subject: confirmEmailChangeSubject },
  'email-changed': { component: EmailChanged, subject: emailChangedSubject },
  'usage-alert': { component: UsageAlertEmail, subject: usageAlertSubject },
} satisfies Record<string, Template<never>>;

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = Parameters<(typeof templates)[N]['component']>[0];

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Headings keep their case in the text version (html-to-text shouts them by default). */
const textOptions = {
  selectors: ['h1', 'h2', 'h3'].map((selector) => ({ selector, options: { uppercase: false } })),
};

export const templateNames = Object.keys(templates) as TemplateName[];

/**
 * Renders one email: its subject, its HTML, and a plain-text version for clients that want one.
 * Names come from people (organization, inviter, user): their hidden characters are dropped.
 */
export async function renderEmail<N extends TemplateName>(
  name: N,
  given: TemplateProps<N>,
): Promise<RenderedEmail> {
  const template = templates[name] as unknown as Template<TemplateProps<N>>;
  const props = cleanProps(given);
  const html = await render(createElement(template.component, props));
  return { subject: template.subject(props), html, text: toPlainText(html, textOptions) };
}
