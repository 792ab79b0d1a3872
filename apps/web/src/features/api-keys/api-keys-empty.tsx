import { KeyRound, Plus } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { standaloneLinkClass } from '../../components/ui/text-link';
import { curlExample } from './api-key-format';

/** No keys yet: what a key is for, how an application sends one, and where the API is documented. */
export function ApiKeysEmpty({ onCreate }: { onCreate(): void }) {
  return (
    <div className="flex flex-col items-center px-4 py-14 text-center sm:px-6">
      <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-zinc-100 text-zinc-500">
        <KeyRound aria-hidden className="size-6" />
      </div>
      <h2 className="text-base font-semibold text-zinc-900">No API keys yet</h2>
      <p className="mt-1 max-w-md text-sm text-zinc-600">
        A key lets an application — a script, a website, a build job — read or change this organization’s
        content through the REST API, without anyone signing in. Each key has its own scopes and projects, and
        can be revoked at any time.
      </p>
      <figure className="mt-5 w-full max-w-md text-left">
        <figcaption className="mb-1.5 text-xs font-medium text-zinc-600">
          An application lists its projects like this:
        </figcaption>
        <pre className="rounded-md bg-zinc-900 px-3 py-2.5 font-mono text-xs leading-5 whitespace-pre-wrap text-zinc-100 [overflow-wrap:anywhere] dark:bg-zinc-50 dark:text-zinc-900">
          <code>{curlExample(window.location.origin)}</code>
        </pre>
      </figure>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-x-5 gap-y-3">
        <Button onClick={onCreate}>
          <Plus aria-hidden className="size-4" />
          Create API key
        </Button>
        <a href="/v1/docs" className={standaloneLinkClass}>
          Read the API docs
        </a>
      </div>
    </div>
  );
}
