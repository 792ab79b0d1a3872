const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value from the URL can be an item's id (anything else is dropped, not sent to the API). */
export function isUuid(value: string): boolean {
  return uuid.test(value);
}
