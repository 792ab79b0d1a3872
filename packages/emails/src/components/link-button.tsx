/** @jsxRuntime automatic @jsxImportSource react */
// The pragma keeps the JSX runtime right whichever tool compiles this file (see the templates).
import { Button, Link, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { styles } from './layout.js';

/** An email's one action: the button, and the same link spelled out for clients that hide buttons. */
export function LinkButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <>
      <Section style={styles.buttonRow}>
        <Button href={href} style={styles.button}>
          {children}
        </Button>
      </Section>
      <Text style={styles.small}>
        Or paste this link into your browser:{' '}
        <Link href={href} style={styles.link}>
          {href}
        </Link>
      </Text>
    </>
  );
}
