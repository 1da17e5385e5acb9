"""Declared shapes of a letter's body: lists and objects of declared values, and the helpers to
derive one declaration from another (required, described, with_fields). No Flask."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from .problems import LIST_MAX, Problems, child
from .values import Spec


@dataclass(frozen=True, kw_only=True)
class List(Spec):
    item: Spec
    max: int = LIST_MAX

    def clean(self, value, path, found) -> list:
        if value is None:
            if self.required:
                found.add(path, "required")
            return []
        if not isinstance(value, list | tuple):
            found.add(path, "type")
            return []
        if len(value) > self.max:
            found.add(path, "too_many")
            return []
        if self.required and not value:
            found.add(path, "required")
        return [self.item.clean(v, f"{path}[{i}]", found) for i, v in enumerate(value)]

    def schema(self, components) -> dict:
        out: dict = {"type": "array"}
        if self.required:
            out["minItems"] = 1
        out.update(maxItems=self.max, items=self.item.schema(components))
        return self._described(out)


Rule = Callable[[dict, str, Problems], None]


@dataclass(frozen=True, kw_only=True)
class Obj(Spec):
    """An object with known fields only (others are errors). `name`: its own schema in the
    OpenAPI components. `fill`: when absent or not an object, its fields are still checked as
    empty (a fact's date and description are then reported missing). `rules` check fields
    against each other once each is clean: rule(data, path, found)."""

    fields: dict[str, Spec]
    name: str = ""
    note: str = ""  # for a named object: what it is where it is used (beside its $ref)
    nullable: bool = False
    fill: bool = False
    rules: tuple[Rule, ...] = ()

    def clean(self, value, path, found) -> dict | None:
        where = path or "data"
        if value is None:
            if self.required:
                found.add(where, "required")
            if not self.fill:
                return None
        elif not isinstance(value, Mapping):
            found.add(where, "type")
            if not self.fill:
                return None
        else:
            for key in value:
                if key not in self.fields:
                    name = key if isinstance(key, str) else repr(key)
                    found.add(f"{where}.{name}"[:200], "unknown")
        given = value if isinstance(value, Mapping) else {}
        data = {name: spec.clean(given.get(name), child(path, name), found)
                for name, spec in self.fields.items()}
        for rule in self.rules:
            rule(data, path, found)
        return data

    def schema(self, components) -> dict:
        out: dict = {"type": ["object", "null"] if self.nullable else "object",
                     "additionalProperties": False}
        required = [name for name, spec in self.fields.items() if spec.required]
        if required:
            out["required"] = required
        if self.description:
            out["description"] = self.description
        out["properties"] = {name: spec.schema(components) for name, spec in self.fields.items()}
        if not self.name:
            return out
        if components.get(self.name, out) != out:
            raise ValueError(f"schema {self.name!r} is declared twice, differently")
        components[self.name] = out
        ref = {"$ref": f"#/components/schemas/{self.name}"}
        return {**ref, "description": self.note} if self.note else ref

    def with_fields(self, **changes: Spec | None) -> Obj:
        """A copy with fields added, replaced, or (None) removed, in declaration order."""
        fields = {name: changes.get(name, spec) for name, spec in self.fields.items()}
        fields.update({name: spec for name, spec in changes.items() if name not in fields})
        return replace(self, fields={k: v for k, v in fields.items() if v is not None})


def required(spec: Spec) -> Spec:
    """The same field, required."""
    return replace(spec, required=True)


def described(spec: Spec, description: str) -> Spec:
    """The same field with another description (another kind uses it otherwise); a named
    object keeps its own and gets this one where it is used."""
    if isinstance(spec, Obj) and spec.name:
        return replace(spec, note=description)
    return replace(spec, description=description)
