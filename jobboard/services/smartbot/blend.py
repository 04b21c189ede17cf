"""Parse the model's JSON assessment defensively and blend it with the factor model.

The factor model keeps most of the weight and the model's score is first clamped to a
band around the factor score, so a model (or an injection that fooled it) moves the final
score by at most MODEL_WEIGHT * MODEL_BAND = 9 points.
"""

import json
import math
import re
from dataclasses import dataclass
from decimal import Decimal

from .factors import quantize
from .text import cyrillic_share

MODEL_WEIGHT = 0.3
MODEL_BAND = 30.0  # the model's score is clamped to factor score ± this many points
MAX_SUMMARY_CHARS = 2000
MAX_REASON_CHARS = 300
RECOMMENDATIONS = ("invite", "consider", "decline")


@dataclass(frozen=True)
class ModelAssessment:
    score: float  # 0..100
    reason: str
    summary: str
    strengths: tuple[str, ...]
    gaps: tuple[str, ...]
    recommendation: str | None


def extract_json(content: str | None) -> dict | None:
    """Return the first JSON object in `content` (bare, fenced in ``` or inside prose), or None."""
    if not content:
        return None
    candidates = [content.strip()]
    fenced = re.search(r"```(?:json)?\s*(\{.*?\})\s*```", content, re.DOTALL)
    if fenced:
        candidates.append(fenced.group(1))
    start, end = content.find("{"), content.rfind("}")
    if 0 <= start < end:
        candidates.append(content[start:end + 1])
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        match = re.fullmatch(r"\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*", value)
        if not match:
            return None
        number = float(match.group(1).replace(",", "."))
    else:
        return None
    return number if math.isfinite(number) else None


def _text(value, limit: int) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def _items(value) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(item.strip()[:MAX_REASON_CHARS] for item in value if isinstance(item, str) and item.strip())[:8]


def validate(data: dict | None, lang: str) -> ModelAssessment | None:
    """Return the assessment when `data` has a usable score, else None.

    A score on a 0-1 scale is read as a share; anything outside 0-100 is clamped. The
    summary is dropped unless it is written in Cyrillic (Russian or Kazakh), because an
    English or empty summary is no use to the employer.
    """
    if not isinstance(data, dict):
        return None
    score = _number(data.get("score"))
    if score is None:
        return None
    if 0 < score <= 1 and not float(score).is_integer():
        score *= 100
    score = min(100.0, max(0.0, score))
    summary = _text(data.get("summary"), MAX_SUMMARY_CHARS)
    if summary and cyrillic_share(summary)[0] < 0.5:
        summary = ""
    recommendation = data.get("recommendation") if data.get("recommendation") in RECOMMENDATIONS else None
    return ModelAssessment(
        score=score,
        reason=_text(data.get("reason"), MAX_REASON_CHARS),
        summary=summary,
        strengths=_items(data.get("strengths")),
        gaps=_items(data.get("gaps")),
        recommendation=recommendation,
    )


def blend(factor_score: Decimal, reasons: dict, model: ModelAssessment, model_reason: str) -> tuple[Decimal, dict]:
    """Return the blended score and reasons_json with an "llm" entry beside the factors."""
    base = float(factor_score)
    bounded = min(base + MODEL_BAND, max(base - MODEL_BAND, model.score))
    blended = (1 - MODEL_WEIGHT) * base + MODEL_WEIGHT * bounded
    merged = {
        key: {**value, "weight": round(value["weight"] * (1 - MODEL_WEIGHT), 3)}
        for key, value in reasons.items()
    }
    merged["llm"] = {"score": round(bounded, 1), "weight": MODEL_WEIGHT, "reason": model_reason}
    return quantize(blended), merged
