// @roster/emails: the react-email templates and one way to render them. The worker renders and
// sends; nothing here knows about users, jobs or transports.
export { renderEmail, templateNames } from './render.js';
export { renderInvitationEmail } from './invitation-render.js';
export type { RenderedEmail, TemplateName, TemplateProps } from './render.js';
export { WelcomeEmail } from './templates/welcome.js';
export type { WelcomeEmailProps } from './templates/welcome.js';
export { InvitationEmail } from './templates/invitation.js';
export type { InvitationEmailProps } from './templates/invitation.js';
export { VerifyEmail } from './templates/verify-email.js';
export type { VerifyEmailProps } from './templates/verify-email.js';
export { ResetPasswordEmail } from './templates/reset-password.js';
export type { ResetPasswordEmailProps } from './templates/reset-password.js';
export { UsageAlertEmail } from './templates/usage-alert.js';
export type { UsageAlertEmailProps } from './templates/usage-alert.js';
