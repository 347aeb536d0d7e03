// The four directions a border character joins, as bits: `┌` is RIGHT | DOWN, `┼` all four.
export const UP = 1;
export const RIGHT = 2;
export const DOWN = 4;
export const LEFT = 8;
