/** The list with `item` added (when `present`) or removed, without duplicates. */
export function toggleInList({
  list,
  item,
  present,
}: {
  list: string[];
  item: string;
  present: boolean;
}): string[] {
  const without = list.filter((existing) => existing !== item);
  return present ? [...without, item] : without;
}
