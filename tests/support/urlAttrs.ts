// Where a page holds URLs: the link checks and the base-path test read the same list.

/** Attributes that hold a URL, by element; srcset holds a list of them. */
export const URL_ATTRS: [selector: string, attr: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['source[src]', 'src'],
  ['track[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[poster]', 'poster'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
];
