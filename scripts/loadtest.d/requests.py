#!/usr/bin/env python3
"""Writes the request set of one load-test scenario as TSV (METHOD<TAB>PATH<TAB>BODY), made from the
products of the generated catalogue (seeded, so every run sends the same requests).

    requests.py --catalogue .data/catalogue-100000/products.ndjson --scenario search --out FILE

Scenarios:
  search         the query mix: exact titles, prefixes (last word cut), one typo in a word of >= 5 letters,
                 two title words, a category filter with 4 facets, one word with 4 facets (10 hits each)
  priced-search  the same searches with a `priceContext` (currency eur) so the hits carry prices
  cart           POST /carts/price with 50 lines of the catalogue's variants, context currency eur
"""
import argparse
import json
import random

FACETS = ["brand", "color", "sizes", "categories"]
KINDS = ("exact", "prefix", "typo1", "multi", "filter_facets", "word_facets")


def read_products(path, limit):
    products = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                products.append(json.loads(line))
            if len(products) >= limit:
                break
    return products


def typo(word, rng):
    """One substitution, never on the first letter."""
    i = rng.randrange(1, len(word))
    letter = rng.choice([c for c in "aeioustrnl" if c != word[i].lower()])
    return word[:i] + letter + word[i + 1:]


def search_body(kind, product, rng):
    words = product["title"].split()
    if kind == "exact":
        return {"q": product["title"], "limit": 10}
    if kind == "prefix":
        head = words[: rng.randint(1, min(3, len(words)))]
        last = head[-1]
        head[-1] = last[: rng.randint(min(3, len(last)), max(3, len(last) - 1))]
        return {"q": " ".join(head), "limit": 10}
    if kind == "typo1":
        long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if long_words:
            i = rng.choice(long_words)
            words = words[:i] + [typo(words[i], rng)] + words[i + 1:]
        return {"q": " ".join(words), "limit": 10}
    if kind == "multi":
        picked = sorted(rng.sample(range(len(words)), min(2, len(words))))
        return {"q": " ".join(words[i] for i in picked), "limit": 10}
    if kind == "filter_facets":
        category = json.dumps(product["category"], ensure_ascii=False)
        return {"q": "", "filter": "categories = %s" % category, "facets": FACETS, "limit": 10}
    return {"q": words[-1], "facets": FACETS, "limit": 10}


def search_requests(products, count, rng, index, price_context=None):
    out = []
    for n in range(count):
        body = search_body(KINDS[n % len(KINDS)], rng.choice(products), rng)
        if price_context is not None:
            body["priceContext"] = price_context
        out.append(("POST", "/indexes/%s/search" % index, body))
    return out


def cart_requests(products, count, rng, lines=50):
    variants = [v["id"] for p in products for v in p.get("variants", []) if "id" in v]
    out = []
    for _ in range(count):
        body = {"lines": [{"variant_id": rng.choice(variants), "quantity": rng.randint(1, 60)} for _ in range(lines)],
                "context": {"currency_code": "eur"}}
        out.append(("POST", "/carts/price", body))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--catalogue", required=True, help="products.ndjson written by `loupe generate`")
    ap.add_argument("--scenario", required=True, choices=("search", "priced-search", "cart"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=1200, help="requests in the set (cycled through)")
    ap.add_argument("--index", default="products")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    products = read_products(args.catalogue, 200_000)
    if args.scenario == "search":
        requests = search_requests(products, args.count, rng, args.index)
    elif args.scenario == "priced-search":
        requests = search_requests(products, args.count, rng, args.index, price_context={"currency_code": "eur"})
    else:
        requests = cart_requests(products, args.count, rng)
    with open(args.out, "w", encoding="utf-8") as f:
        for method, path, body in requests:
            f.write("%s\t%s\t%s\n" % (method, path, json.dumps(body, ensure_ascii=False)))


if __name__ == "__main__":
    main()
