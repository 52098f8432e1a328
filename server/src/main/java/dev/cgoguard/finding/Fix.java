package dev.cgoguard.finding;

import java.util.List;

/** A change that removes a finding's hazard: a title, whether it is the preferred fix, and its edits (maybe in several files). */
public record Fix(String title, boolean preferred, List<FileEdit> edits) {
}
