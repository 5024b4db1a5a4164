"""Annotation review: a local web app where reviewers check, correct and accept records."""
