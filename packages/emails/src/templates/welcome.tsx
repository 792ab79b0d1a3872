/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file: tsx, for one, applies
// an app's tsconfig only to the app's own files, not to this package's source.
import { Button, Heading, Link, Section, Text } from '@react-email/components';
import { EmailLayout, styles } from '../components/layout.js';

export interface WelcomeEmailProps {
  /** The new user's name, as they typed it at sign-up. */
  name: string;
  /** Where "Open Roster" leads: the app's origin (APP_URL). */
  appUrl: string;
  /** Signed up through an invitation: the organization joined. */
  joinedOrgName?: string | undefined;
  /** Who invited them there, when known. */
  inviterName?: string | null | undefined;
}

/**
 * Sent once, by the worker, after someone signs up. A founder hears how to start their
 * organization; someone who joined through an invitation hears where they are and who asked them.
 */
export function WelcomeEmail({ name, appUrl, joinedOrgName, inviterName }: WelcomeEmailProps) {
  return (
    <EmailLayout
      preview={
        joinedOrgName
          ? `You joined ${joinedOrgName} on Roster. Here is where to find your team.`
          : 'Your Roster account is ready. Here is where to start.'
      }
      footer="You are receiving this email because you signed up for Roster. If that was not you, you can ignore it."
    >
      <Heading as="h1" style={styles.heading}>
        Welcome to Roster, {name}!
      </Heading>
      {joinedOrgName ? (
        <Text style={styles.text}>
          You joined {joinedOrgName}
          {inviterName ? `, invited by ${inviterName}` : ''}. Your team&apos;s projects and members are
          waiting for you in Roster.
        </Text>
      ) : (
        <Text style={styles.text}>
          Your account is ready. Roster is where your team works together: invite your teammates, set up
          projects, and keep everything your organization shares in one place.
        </Text>
      )}
      <Text style={styles.text}>Whenever you are ready, pick up where you left off:</Text>
      <Section style={styles.buttonRow}>
        <Button href={appUrl} style={styles.button}>
          Open Roster
        </Button>
      </Section>
      <Text style={styles.small}>
        Or paste this link into your browser:{' '}
        <Link href={appUrl} style={styles.link}>
          {appUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}

/** What the react-email preview server shows. */
WelcomeEmail.PreviewProps = {
  name: 'Ada Lovelace',
  appUrl: 'http://localhost:3000',
} satisfies WelcomeEmailProps;

export const welcomeSubject = ({ name, joinedOrgName }: WelcomeEmailProps) =>
  joinedOrgName ? `Welcome to ${joinedOrgName} on Roster, ${name}` : `Welcome to Roster, ${name}`;
