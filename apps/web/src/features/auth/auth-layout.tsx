import type { ReactNode } from 'react';
import { Logo } from '../../components/logo';
import { ThemeToggle } from '../theme/theme-toggle';

/** The signed-out pages: a centered card under the logo. */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <Logo className="mb-8" />
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white px-7 py-8 shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{title}</h1>
        {subtitle && <p className="mt-1 text-sm text-zinc-500">{subtitle}</p>}
        <div className="mt-6">{children}</div>
      </div>
      {footer && <p className="mt-6 text-sm text-zinc-600">{footer}</p>}
      <ThemeToggle className="mt-10" />
    </main>
  );
}
