/**
 * Lua scripts of the attempt limiter. Redis runs a script as one step, so no other client's
 * command lands between its reads and writes.
 */

/**
 * Checks every counter, then counts the attempt on all of them, or on none when one is full.
 * KEYS: the counters. ARGV[1]: the window in ms; ARGV[i + 1]: the limit of KEYS[i].
 * Returns 0 when counted, else the ms until the fullest counter expires.
 */
export const reserveScript = `
local wait = 0
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[i + 1]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then
      ttl = tonumber(ARGV[1])
      redis.call('PEXPIRE', key, ttl)
    end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
end
return 0
`;

/**
 * After a success: deletes the first ARGV[1] counters and takes one attempt off the others,
 * never creating a counter that has already expired.
 */
export const giveBackScript = `
for i, key in ipairs(KEYS) do
  if i <= tonumber(ARGV[1]) then
    redis.call('DEL', key)
  elseif tonumber(redis.call('GET', key) or '0') > 0 then
    redis.call('DECR', key)
  end
end
return 0
`;
