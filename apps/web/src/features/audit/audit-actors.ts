/** A choice of the actor filter: a member (by user id) or an API key (by key id). */
export interface ActorChoice {
  value: string;
  label: string;
}

export interface ActorChoices {
  people: ActorChoice[];
  apiKeys: ActorChoice[];
  /**
   * The actor the URL names when neither list has it (a member who has left, a page of members
   * not read): kept as a choice so the select shows what the page is filtered by.
   */
  other: ActorChoice | null;
}

interface MemberLike {
  userId: string;
  name: string;
  email: string;
}
interface ApiKeyLike {
  id: string;
  name: string;
  status: string;
}

const byLabel = (a: ActorChoice, b: ActorChoice) => a.label.localeCompare(b.label, 'en');

/**
 * The actor filter's choices: people by name (their email when two share a name), then API keys
 * (revoked and expired ones too: their changes stay in the log). `selected` is the URL's actor;
 * `selectedName` its name when a record on screen says it.
 */
export function actorChoices(
  members: readonly MemberLike[],
  apiKeys: readonly ApiKeyLike[],
  selected?: string,
  selectedName?: string | null,
): ActorChoices {
  const names = new Map<string, number>();
  for (const member of members) names.set(member.name, (names.get(member.name) ?? 0) + 1);
  const people = members
    .map((member) => ({
      value: member.userId,
      label: (names.get(member.name) ?? 0) > 1 ? `${member.name} (${member.email})` : member.name,
    }))
    .sort(byLabel);
  const keys = apiKeys
    .map((key) => ({
      value: key.id,
      label: key.status === 'active' ? key.name : `${key.name} (${key.status})`,
    }))
    .sort(byLabel);
  const known = selected && [...people, ...keys].some((choice) => choice.value === selected);
  const other = selected && !known ? { value: selected, label: selectedName ?? 'Another actor' } : null;
  return { people, apiKeys: keys, other };
}
