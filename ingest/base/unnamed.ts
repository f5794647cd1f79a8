// A closure made once per article, sentence or element is written `unnamed((…) => …)`. tsx runs
// the code through esbuild with keepNames on, which wraps every function given a name — a `const`,
// a property of an object literal — in `__name`, a `defineProperty` of its name each time it is
// made; an arrow passed as an argument is not named. Those calls were 2.5 % of English extraction
// (decision 0087's profile; 0082 saw 1.9 %). Nothing reads a closure's name.

/** `f` itself: the closure is made, its name is not defined. */
export function unnamed<F extends (...args: never[]) => unknown>(f: F): F {
  return f;
}
