"""Readers of the standard schedule formats: each turns a file into a draft programme."""
