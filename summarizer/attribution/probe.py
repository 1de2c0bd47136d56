"""``JudgeProbe``: a linear read-out of the judge model's own state, in place of its Yes/No.

The judge (``verifier.judge_request``) answers whether the cited text supports a sentence; its
P(yes) tells partly supported lines from supported ones barely better than chance (blind AUC
0.59-0.67). A logistic regression on the output of an inner block (20 of Qwen2.5-1.5B's 28) at
the prompt's last token -- the position whose next token is the answer -- reads the same forward
pass better on the product's own sentences: blind AUC supported vs partly 0.76 against 0.59
(fourteenth set), 0.76 against 0.67 (fifteenth), 0.69 against 0.66 (sixteenth), 0.70 against
0.58 (seventeenth, the shipped weights, retrained with the sixteenth); with every rule as shipped,
supported pass / partly / unsupported caught 93.0 / 68.4 / 86.8 % against the answer's 90.2 /
60.5 / 84.9 % (fifteenth), 93.3 / 47.5 / 91.7 % against 89.4 / 50.0 / 91.7 % (sixteenth) and 92.6
/ 60.0 / 89.4 % against 89.9 / 55.6 / 89.4 % (seventeenth; pooled over the seventeenth to
nineteenth, 92.1 / 58.1 / 89.4 % against 89.8 / 52.1 / 83.8 %) (bench/RESULTS.md, "twenty-seventh"
and "twenty-eighth session"; cf. Azaria & Mitchell 2023,
"The internal state of an LLM knows when it's lying"). Both backends return the state with the
answer (``judge_states``).

Where it holds and where it does not, measured: trained on the product's model-written lines,
it does not carry over to other systems' summaries (FRANK 71.3, SummEdits 61.9 against the
answer's 77.8 and 80.7), so the tracer reads it only where ``app`` gives it one -- the run's own
sentences -- and only when the judge is the model it was trained on (``applies_to``: the GGUF's
hash). Everything else keeps the judge's P(yes). On real long-form news (two blind sets built
from an extraction library's saved pages) its cut passes only 84 % of supported lines (84.3 and
84.2 %, against 89.0 and 89.4 % for the answer) while catching more: the cut was set on FRANK,
SummEval and SummHay builds. Retrained with one of those sets, it ranks a little better but
reaches 90 % only by passing more errors, so these weights stay (bench/RESULTS.md, twenty-ninth
session).

The weights (``judge_probe.npz`` beside this module, 1,536 coefficients and a standardiser) are
written by ``bench/verifier_probe.py train``; this module only reads and applies them.
"""

from __future__ import annotations

import math
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from summarizer.errors import ModelError
from summarizer.llm.base import ModelIdentity

PROBE_FILE = Path(__file__).with_name("judge_probe.npz")


@dataclass(frozen=True)
class JudgeProbe:
    """``probability(state)`` = sigmoid(coef . (state - mean) / scale + intercept + shift).

    ``shift`` puts the probe on the judge's scale (``Thresholds.supported_judged`` and
    ``judge_veto`` apply to it unchanged): 1.0, the smallest of 0.8 / 1.0 / 1.2 / 1.4 that keeps
    at least 90.5 % of the training builds' supported lines passing out of fold with every other
    rule as shipped (90.9 % on the eleven build folders; 0.8 keeps 89.7 %, 1.2 keeps 91.9 %).
    The margin is kept small because the blind sets have passed ~1.5 points more supported lines
    than the training builds out of fold (bench/RESULTS.md, twenty-eighth session)."""

    model_sha256: str
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    shift: float
    # the block whose output is read, 1-based (transformers' ``hidden_states[layer]``; llama.cpp's
    # ``l_out-<layer - 1>``): an inner block reads better than the final one (bench/RESULTS.md)
    layer: int = 20

    @classmethod
    def load(cls, path: Path = PROBE_FILE) -> "JudgeProbe":
        """The probe in ``path``; a ModelError (one line) if the file is damaged or incomplete."""
        try:
            with np.load(path, allow_pickle=False) as data:
                probe = cls(
                    model_sha256=str(data["model_sha256"]),
                    mean=data["mean"].astype(np.float64),
                    scale=data["scale"].astype(np.float64),
                    coef=data["coef"].astype(np.float64),
                    intercept=float(data["intercept"]),
                    shift=float(data["shift"]),
                    layer=int(data["layer"]),
                )
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
            raise ModelError(f"{path}: the judge's probe cannot be read ({type(error).__name__}: {error}); reinstall "
                             "the package, or run with --attribution-judge-probe false") from error
        if not probe.mean.shape == probe.scale.shape == probe.coef.shape:
            raise ModelError(f"{path}: the judge's probe is incomplete (its arrays differ in width); reinstall the package")
        return probe

    def save(self, path: Path) -> None:
        np.savez(
            path, model_sha256=np.array(self.model_sha256), mean=self.mean.astype(np.float32),
            scale=self.scale.astype(np.float32), coef=self.coef.astype(np.float32),
            intercept=np.array(self.intercept), shift=np.array(self.shift), layer=np.array(self.layer),
        )

    @property
    def width(self) -> int:
        return int(self.coef.shape[0])

    def applies_to(self, identity: ModelIdentity) -> bool:
        """Whether ``identity`` is the model whose states the probe was trained on."""
        return bool(identity.sha256) and identity.sha256 == self.model_sha256

    def log_odds(self, state: np.ndarray) -> float:
        """The raw read-out (log-odds of supported, before ``shift``)."""
        state = np.asarray(state, dtype=np.float64)
        if state.shape != (self.width,):
            raise ValueError(f"a judge state of width {self.width} was expected, not {state.shape}")
        return float(((state - self.mean) / self.scale) @ self.coef + self.intercept)

    def probability(self, state: np.ndarray) -> float:
        """The probe's P(supported) on the judge's scale."""
        z = self.log_odds(state) + self.shift
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def packaged_probe() -> JudgeProbe | None:
    """The probe shipped with the package, or None where the file is absent."""
    return JudgeProbe.load() if PROBE_FILE.exists() else None
