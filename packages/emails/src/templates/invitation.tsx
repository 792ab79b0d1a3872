/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file: tsx, for one, applies
// an app's tsconfig only to the app's own files, not to this package's source.
import { Heading, Text } from '@react-email/components';
import type { CSSProperties } from 'react';
import { EmailLayout, styles } from '../components/layout.js';
import { LinkButton } from '../components/link-button.js';
import { withoutHiddenCharacters } from '../plain-text.js';
import { formatExpiry } from './expiry.js';

export interface InvitationEmailProps {
  orgName: string;
  /** Who invited: null when that user is gone (the email then says "Someone"). */
  inviterName: string | null;
  role: 'admin' | 'member';
  /** The invitation link, `APP_URL/invite/<token>`. */
  link: string;
  /** Whether a Roster account with the invited email exists: "Sign in to join" vs "Sign up to join". */
  accountExists: boolean;
  /** When the link stops working (ISO 8601), or null if it never does. */
  expiresAt: string | null;
  /** The projects accepting adds the invitee to, with the role in each (none: the list is left out). */
  projects?: { name: string; role: 'manager' | 'contributor' | 'viewer' }[];
}

const roleLines = {
  admin: 'as an admin: you will be able to invite people and manage the organization’s members',
  member: 'as a member',
} as const;

const projectRoleWords = { manager: 'a manager', contributor: 'a contributor', viewer: 'a viewer' } as const;

const list = { ...styles.text, margin: '0 0 16px', paddingLeft: '20px' } satisfies CSSProperties;
const listItem = { margin: '0 0 2px' } satisfies CSSProperties;

/** Sent by the worker for each link an invitation gets (on invite and on every resend). */
export function InvitationEmail(props: InvitationEmailProps) {
  const { orgName, role, link, accountExists, expiresAt, projects = [] } = props;
  const inviter = props.inviterName ?? 'Someone';
  const action = accountExists ? 'Sign in to join' : 'Sign up to join';
  return (
    <EmailLayout
      preview={`${inviter} invited you to join ${orgName} on Roster.`}
      footer="You are receiving this email because someone invited this address to an organization on Roster. If you were not expecting it, you can ignore it: nobody joins without accepting."
    >
      <Heading as="h1" style={styles.heading}>
        Join {orgName} on Roster
      </Heading>
      <Text style={styles.text}>
        {inviter} invited you to join <strong>{orgName}</strong> {roleLines[role]}.
      </Text>
      {projects.length > 0 && (
        <>
          <Text style={{ ...styles.text, margin: '0 0 4px' }}>
            You will also be added to {projects.length === 1 ? 'this project' : 'these projects'}:
          </Text>
          <ul style={list}>
            {projects.map((project, index) => (
              <li key={index} style={listItem}>
                <strong>{withoutHiddenCharacters(project.name)}</strong>
                {`, as ${projectRoleWords[project.role]}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <Text style={styles.text}>
        {accountExists
          ? 'You already have a Roster account with this email address: sign in to accept.'
          : 'Create your Roster account with this email address to accept; it takes a minute.'}
      </Text>
      <LinkButton href={link}>{action}</LinkButton>
      <Text style={{ ...styles.small, marginTop: '12px' }}>
        {expiresAt ? `This link expires on ${formatExpiry(expiresAt)}.` : 'This link does not expire.'} It
        works once, for this email address only.
      </Text>
    </EmailLayout>
  );
}

/** What the react-email preview server shows. */
InvitationEmail.PreviewProps = {
  orgName: 'Northwind',
  inviterName: 'Jane Doe',
  role: 'member',
  link: 'http://localhost:3000/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  accountExists: false,
  expiresAt: '2030-06-14T14:30:00.000Z',
  projects: [
    { name: 'Design', role: 'contributor' },
    { name: 'Website', role: 'viewer' },
  ],
} satisfies InvitationEmailProps;

export const invitationSubject = ({ inviterName, orgName }: InvitationEmailProps) =>
  `${inviterName ?? 'Someone'} invited you to join ${orgName} on Roster`;
