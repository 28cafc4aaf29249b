"""The texts of the needs diagnostic (signs, risks, first actions), loaded from resources/."""

from __future__ import annotations

import json
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from slaeval.criteria import AreaId
from slaeval.data_paths import resource
from slaeval.diagnostic_model import SIGN_IDS, SignId
from slaeval.errors import CatalogueError
from slaeval.localized import Localized, both


class SignText(BaseModel):
    """One warning sign: how it is asked, why it matters, what to do first."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: SignId
    title: Localized
    question: Localized
    help: Localized
    risk: Localized
    action: Localized
    severity: int = Field(ge=1, le=3)
    areas: tuple[AreaId, ...]


class ModelText(BaseModel):
    """How the internal, external and hybrid models are described."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: Localized
    summary: Localized
    watch: Localized


class DiagnosticTexts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    signs: tuple[SignText, ...]
    models: dict[str, ModelText]

    def sign(self, sign_id: str) -> SignText:
        return next(s for s in self.signs if s.id == sign_id)


@lru_cache(maxsize=1)
def load_diagnostic_texts() -> DiagnosticTexts:
    path = resource("diagnostic.json")
    try:
        texts = DiagnosticTexts.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        raise CatalogueError(
            both(f"Fichier {path.name} invalide : {exc}", f"Invalid file {path.name}: {exc}")
        ) from None
    if tuple(s.id for s in texts.signs) != SIGN_IDS or set(texts.models) != {
        "internal",
        "external",
        "hybrid",
    }:
        raise CatalogueError(both(f"Fichier {path.name} incomplet", f"Incomplete file {path.name}"))
    return texts
