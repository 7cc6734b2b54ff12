import { expect, test } from 'vitest';
import { inlineHashes } from '../../src/security/inline-hashes.ts';

// Expected hashes computed apart from the code, e.g. printf '%s' 'a{b:c}' | openssl dgst -sha256 -binary | base64
const styleHash = "'sha256-0cRUVYRKwNwnl1hkfkPGjkht16b039TjFdJzmXfFK2o='";

test('an inline style and script are hashed by their exact text, each once over all pages', () => {
  const page = '<html><head><style>a{b:c}</style></head><body><script type="module">document.title="x"</script></body></html>';
  const hashes = inlineHashes([page, page]);
  expect(hashes.style).toEqual([styleHash]);
  expect(hashes.script).toEqual(["'sha256-eawmn9Ja0slk0t23UB0XPhR3DidQg5gBGKEBS+LWEMY='"]);
});

test('data blocks and scripts from files need no hash; entities in a style stay as written', () => {
  const page =
    '<script type="application/ld+json">{"a":1}</script><script type="application/json">[]</script><script type="module" src="/a.js"></script><style>a::after{content:"&amp;"}</style>';
  const hashes = inlineHashes([page]);
  expect(hashes.script).toEqual([]);
  expect(hashes.style).toEqual(["'sha256-vzS6q1lWtDjZJKYmt4XyNBe06jraPd5PlzMWpC8B03s='"]);
});
