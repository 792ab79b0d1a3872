/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file: tsx, for one, applies
// an app's tsconfig only to the app's own files, not to this package's source.
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';

/** The frame every Roster email shares: inbox preview line, brand mark, white card, footer. */
export function EmailLayout({
  preview,
  footer,
  children,
}: {
  preview: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Roster</Text>
          <Section style={styles.card}>{children}</Section>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Inline styles only: most mail clients ignore stylesheets. */
export const styles = {
  body: { backgroundColor: '#f6f4ef', fontFamily, margin: 0, padding: '32px 0' },
  container: { maxWidth: '520px', margin: '0 auto', padding: '0 16px' },
  brand: {
    fontSize: '20px',
    fontWeight: 700,
    color: '#3b3a8f',
    letterSpacing: '-0.01em',
    margin: '0 0 16px',
  },
  card: { backgroundColor: '#ffffff', borderRadius: '12px', border: '1px solid #e8e4da', padding: '32px' },
  heading: { fontSize: '24px', lineHeight: '32px', fontWeight: 600, color: '#1c1b29', margin: '0 0 16px' },
  text: { fontSize: '16px', lineHeight: '26px', color: '#3d3c4a', margin: '0 0 16px' },
  button: {
    backgroundColor: '#4f46e5',
    borderRadius: '8px',
    color: '#ffffff',
    fontSize: '16px',
    fontWeight: 600,
    textDecoration: 'none',
    padding: '12px 24px',
    display: 'inline-block',
  },
  buttonRow: { margin: '8px 0 24px' },
  small: { fontSize: '13px', lineHeight: '20px', color: '#6b6a78', margin: 0 },
  link: { color: '#4f46e5', wordBreak: 'break-all' },
  rule: { borderColor: '#e8e4da', margin: '24px 0 12px' },
  footer: { fontSize: '12px', lineHeight: '18px', color: '#8a8896', margin: 0 },
} satisfies Record<string, CSSProperties>;
