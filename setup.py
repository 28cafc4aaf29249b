"""Package discovery for the design card's layout.

ui/, resources/ and sample_contracts/ sit at the top of the repository but install under the
slaeval namespace (see package-dir in pyproject.toml); find_packages cannot see that mapping,
so the package list is built here from each folder.
"""

from setuptools import find_packages, setup


def _mapped(prefix: str, folder: str) -> list[str]:
    return [prefix] + [f"{prefix}.{name}" for name in find_packages(folder)]


setup(
    packages=find_packages(include=["slaeval", "slaeval.*"])
    + _mapped("slaeval.ui", "ui")
    + ["slaeval.resources", "slaeval.sample_contracts"],
)
