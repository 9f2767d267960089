#!/usr/bin/env python3
"""Trim an OpenAPI 3 description to the operations an example client uses.

The operations are read from the clients' source files: every
`#[get("/path")]`-style attribute (get, post, put, patch, delete, head,
options), behind the path of the `base_url` of the `#[client(...)]` above
it. Webhooks are dropped. More can be kept by `--op "GET /path"` and, whole tags at a time, by
`--tag NAME`. Everything the kept operations reach through `$ref`s is kept
with them, their examples included (the conformance tests decode them);
the rest of `components` is dropped, and so are examples with
`--drop-examples`.

`--patches FILE` applies a list of corrections to the full description
first (see `apply_patches`), so that trimming again reproduces them:

    python3 examples/openapi/trim.py FULL.json examples/openapi/api.github.com.json \\
        --from examples/src/github.rs --patches examples/openapi/api.github.com.patches.json
    python3 examples/openapi/trim.py FULL.yaml examples/openapi/gitlab-openapi3.yaml \\
        --from examples/src/gitlab.rs --patches examples/openapi/gitlab-openapi3.patches.json

JSON is written as JSON, `.yaml`/`.yml` as YAML (PyYAML). A declared
operation missing from the description is reported and left out: the
compiler then reports it too. Exits 1 when one is missing, unless
`--allow-missing`.
"""

import argparse
import json
import re
import sys

VERBS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

CLIENT_ATTR = re.compile(r"#\[client\((?P<args>[^\]]*)\)\]")
BASE_URL = re.compile(r'base_url\s*=\s*"(?P<url>[^"]*)"')
VERB_ATTR = re.compile(r'#\[(?P<verb>get|post|put|patch|delete|head|options)\(\s*"(?P<template>[^"]*)"')


def load(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith(".json"):
            return json.load(f)
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(f, Loader=loader)


def dump(document, path):
    with open(path, "w", encoding="utf-8") as f:
        if path.endswith(".json"):
            json.dump(document, f, indent=2, ensure_ascii=False)
            f.write("\n")
        else:
            import yaml

            dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
            yaml.dump(document, f, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120)


def url_path(url):
    """`https://host/api/v4/` -> `/api/v4`; `//gitlab.com` -> ``."""
    url = re.split(r"[?#]", url, maxsplit=1)[0]
    if "//" in url:
        after = url.split("//", 1)[1]
        url = after[after.index("/"):] if "/" in after else ""
    return url.rstrip("/")


def key(path):
    """A path with its placeholders, `{name}` or `<name>`/`<name..>`, as `{}`."""
    return re.sub(r"\{[^}]*\}|<[^>]*>", "{}", path)


def declared_operations(source_paths):
    """(VERB, path) pairs, the base URL's path put before each template."""
    found = []
    for source_path in source_paths:
        with open(source_path, encoding="utf-8") as f:
            text = f.read()
        events = [(m.start(), "client", m) for m in CLIENT_ATTR.finditer(text)]
        events += [(m.start(), "verb", m) for m in VERB_ATTR.finditer(text)]
        base = ""
        for _, kind, match in sorted(events, key=lambda e: e[0]):
            if kind == "client":
                url = BASE_URL.search(match.group("args"))
                base = url_path(url.group("url")) if url else ""
            else:
                template = match.group("template").split("?", 1)[0]
                found.append((match.group("verb").upper(), base + template, source_path))
    return found


def explicit_operations(ops):
    pairs = []
    for op in ops:
        verb, _, path = op.strip().partition(" ")
        pairs.append((verb.upper(), path.strip(), "--op"))
    return pairs


def index(document):
    """(verb, key) -> (path, verb) for each operation, as written and behind each server path."""
    servers = [url_path(s.get("url", "")) for s in document.get("servers", [])]
    found = {}
    for path, item in document.get("paths", {}).items():
        for verb in VERBS:
            if verb in item:
                for prefix in [""] + [s for s in servers if s]:
                    found.setdefault((verb.upper(), key(prefix + path)), (path, verb))
    return found


def refs(value):
    """Every `$ref` string inside a value."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "$ref" and isinstance(v, str):
                yield v
            else:
                yield from refs(v)
    elif isinstance(value, list):
        for v in value:
            yield from refs(v)


def pointer_parts(reference):
    parts = reference[2:].split("/") if reference.startswith("#/") else []
    return [p.replace("~1", "/").replace("~0", "~") for p in parts]


def strip_examples(value, in_names=False):
    """Drops `examples`/`example` of media types, parameters and headers
    (objects with a `schema`), never a property named so."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not in_names and k in ("examples", "example") and "schema" in value:
                continue
            out[k] = strip_examples(v, in_names=(k == "properties" and not in_names))
        return out
    if isinstance(value, list):
        return [strip_examples(v) for v in value]
    return value


def pointer_tokens(path):
    """A JSON pointer's tokens (RFC 6901); `*` stays a wildcard."""
    if path == "":
        return []
    if not path.startswith("/"):
        raise ValueError(f"not a JSON pointer: {path!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in path[1:].split("/")]


def expand(document, tokens):
    """The containers and last tokens a path names: `*` names every member
    (or element) of the container it meets."""
    found = [(document, [])]
    for token in tokens[:-1]:
        step = []
        for value, at in found:
            if token == "*":
                keys = list(value) if isinstance(value, dict) else range(len(value)) if isinstance(value, list) else []
                step += [(value[k], at + [k]) for k in keys]
            elif isinstance(value, dict) and token in value:
                step.append((value[token], at + [token]))
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                step.append((value[int(token)], at + [token]))
        found = step
    last = tokens[-1]
    if last == "*":
        return [(c, k) for c, _ in found for k in (list(c) if isinstance(c, dict) else [])]
    return [(c, last) for c, _ in found if isinstance(c, (dict, list))]


def apply_patches(document, patches):
    """Applies corrections: a list of `{"why", "source", "patch": [ops]}`,
    each op as in JSON Patch (RFC 6902) `add`, `replace` or `remove`, its
    `path` a JSON pointer in which `*` stands for every member. An op that
    matches nothing is an error, so a patch the description no longer
    needs is noticed. Returns how many values changed."""
    changed = 0
    for entry in patches:
        for op in entry["patch"]:
            targets = expand(document, pointer_tokens(op["path"]))
            applied = 0
            for container, key in targets:
                if isinstance(container, list):
                    key = len(container) if key == "-" else int(key)
                if op["op"] == "add":
                    if isinstance(container, list):
                        container.insert(key, op["value"])
                    else:
                        container[key] = op["value"]
                    applied += 1
                elif op["op"] == "replace" and (key in container if isinstance(container, dict) else key < len(container)):
                    container[key] = op["value"]
                    applied += 1
                elif op["op"] == "remove" and (key in container if isinstance(container, dict) else key < len(container)):
                    del container[key]
                    applied += 1
            if applied == 0:
                raise SystemExit(f"patch does not apply: {op['op']} {op['path']} ({entry['why']})")
            changed += applied
    return changed


def trim(document, wanted, keep_examples):
    components = document.get("components", {})
    paths = {}
    for path, verb in wanted:
        item = document["paths"][path]
        kept = paths.setdefault(path, {k: v for k, v in item.items() if k not in VERBS})
        kept[verb] = item[verb]
    # Keep the original order of paths and of verbs within them.
    ordered = {}
    for path, item in document["paths"].items():
        if path in paths:
            ordered[path] = {k: paths[path][k] for k in item if k in paths[path]}
    if not keep_examples:
        ordered = strip_examples(ordered)
    reached = {}
    queue = list(refs(ordered))
    while queue:
        parts = pointer_parts(queue.pop())
        if len(parts) != 3 or parts[0] != "components":
            continue
        kind, name = parts[1], parts[2]
        if kind == "examples" and not keep_examples:
            continue
        if name in reached.setdefault(kind, set()) or name not in components.get(kind, {}):
            continue
        reached[kind].add(name)
        target = components[kind][name]
        if not keep_examples:
            target = strip_examples(target)
        queue.extend(refs(target))
    kept_components = {}
    for kind, entries in components.items():
        if kind == "securitySchemes":
            kept_components[kind] = entries
            continue
        names = reached.get(kind, set())
        chosen = {n: v for n, v in entries.items() if n in names}
        if chosen:
            kept_components[kind] = strip_examples(chosen) if not keep_examples else chosen
    # Webhooks describe requests the API sends, not operations a client calls.
    dropped = ("paths", "components", "tags", "webhooks", "x-webhooks")
    out = {k: v for k, v in document.items() if k not in dropped}
    used_tags = {t for item in ordered.values() for op in item.values() if isinstance(op, dict) for t in op.get("tags", [])}
    tags = [t for t in document.get("tags", []) if t.get("name") in used_tags]
    if tags:
        out["tags"] = tags
    out["paths"] = ordered
    out["components"] = kept_components
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("full", help="the full description (JSON or YAML)")
    parser.add_argument("out", help="where to write the trimmed one (.json or .yaml)")
    parser.add_argument("--from", dest="sources", action="append", default=[], help="a client source file to read operations from")
    parser.add_argument("--op", action="append", default=[], help='an operation to keep, as "GET /path"')
    parser.add_argument("--tag", action="append", default=[], help="keep every operation under this tag")
    parser.add_argument("--drop-examples", action="store_true", help="drop examples (kept by default)")
    parser.add_argument("--patches", help="a JSON file of corrections to apply to the full description first")
    parser.add_argument("--allow-missing", action="store_true", help="exit 0 even when a declared operation is missing")
    args = parser.parse_args()

    document = load(args.full)
    if args.patches:
        with open(args.patches, encoding="utf-8") as f:
            patches = json.load(f)
        changed = apply_patches(document, patches)
        print(f"{args.patches}: {len(patches)} corrections, {changed} values changed", file=sys.stderr)
    operations = index(document)
    wanted = []
    missing = []
    for verb, path, origin in declared_operations(args.sources) + explicit_operations(args.op):
        found = operations.get((verb, key(path)))
        if found is None:
            missing.append(f"{verb} {path} ({origin})")
        elif found not in wanted:
            wanted.append(found)
    for path, item in document.get("paths", {}).items():
        for verb in VERBS:
            op = item.get(verb)
            if isinstance(op, dict) and set(op.get("tags", [])) & set(args.tag) and (path, verb) not in wanted:
                wanted.append((path, verb))

    dump(trim(document, wanted, not args.drop_examples), args.out)
    print(f"{args.out}: {len(wanted)} operations kept", file=sys.stderr)
    for m in missing:
        print(f"not in the description: {m}", file=sys.stderr)
    if missing and not args.allow_missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
