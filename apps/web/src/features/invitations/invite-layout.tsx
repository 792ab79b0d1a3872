import type { ReactNode } from 'react';
import { Logo } from '../../components/logo';

/** The invite page's frame: the logo over a card, like the sign-in pages but a little wider. */
export function InviteLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <Logo className="mb-8" />
      <div className="w-full max-w-md rounded-xl border border-zinc-200 bg-white px-7 py-8 shadow-sm">
        {children}
      </div>
    </main>
  );
}
