/**
 * Sets `key` in `map` as its newest entry, and drops the oldest once the map holds more than
 * `max`: the process's bounded memories (verified session tokens, remembered principals and
 * indicator measures). A Map iterates in insertion order, so the first key is the oldest.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}
