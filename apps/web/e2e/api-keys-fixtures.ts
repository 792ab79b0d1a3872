import type { Page } from 'playwright-core';

interface Problem {
  status: number;
  reason?: string;
}

/** An application calling /v1 with an API key, as `curl -H "Authorization: Bearer rst_…"` would. */
export function keyApi(origin: string, secret: string) {
  const headers = { authorization: `Bearer ${secret}` };
  async function json<T>(response: Response): Promise<T> {
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as Problem;
      throw new Error(`${response.url} answered ${response.status} ${problem.reason ?? ''}`);
    }
    return (await response.json()) as T;
  }
  return {
    async projects() {
      const page = await json<{ items: { id: string; name: string }[] }>(
        await fetch(`${origin}/v1/projects`, { headers }),
      );
      return page.items;
    },
    async upload(projectId: string, name: string, body: string) {
      const url = `${origin}/v1/projects/${projectId}/assets?name=${encodeURIComponent(name)}`;
      return json<{ id: string; name: string }>(
        await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body }),
      );
    },
    async download(assetId: string) {
      const response = await fetch(`${origin}/v1/assets/${assetId}/content`, { headers });
      if (!response.ok) throw new Error(`download answered ${response.status}`);
      return response.text();
    },
    async status(path: string) {
      const response = await fetch(`${origin}${path}`, { headers });
      await response.body?.cancel();
      return response.status;
    },
  };
}

interface UsageSummary {
  apiCalls: { used: number };
  bandwidthIn: { used: number };
  bandwidthOut: { used: number };
}

/** This month's usage, as `usage.summary` answers the admin signed in on `page`. */
export async function usageSummary(page: Page, orgId: string): Promise<UsageSummary> {
  return page.evaluate(async (orgId) => {
    const input = encodeURIComponent(JSON.stringify({ orgId }));
    const answer = (await (await fetch(`/trpc/usage.summary?input=${input}`)).json()) as {
      result: { data: UsageSummary };
    };
    return answer.result.data;
  }, orgId);
}

/** Creates a key as the admin signed in on `page` would (`apiKey.create`), for a list with a few. */
export async function createKey(
  page: Page,
  input: { orgId: string; name: string; scopes: string[]; projectIds?: string[]; expiresAt?: string },
): Promise<{ apiKey: { id: string } }> {
  const answer = await page.evaluate(async (input) => {
    const response = await fetch('/trpc/apiKey.create', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }, input);
  if (answer.status !== 200) throw new Error(`apiKey.create answered ${answer.status}`);
  return (answer.body as { result: { data: { apiKey: { id: string } } } }).result.data;
}
