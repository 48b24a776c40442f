"""The kit's packages, installed under `binfmt_conformance.` (pyproject.toml maps that name to this folder).

setuptools cannot prefix the packages it finds declaratively, hence this file: it lists the folders below the
kit's top-level ones (code and data alike) as `binfmt_conformance.<folder>`.
"""

from setuptools import find_namespace_packages, setup

TOP_LEVEL = ("formats", "reference_impl", "conformance", "corpus", "fuzz", "spec")
found = find_namespace_packages(include=[*TOP_LEVEL, *(f"{name}.*" for name in TOP_LEVEL)], exclude=["*.__pycache__"])
setup(packages=[f"binfmt_conformance.{package}" for package in found])
