package dev.careers.history.web;

import java.util.List;

/** One page of a list, and how many items the whole list holds. */
public record PageOf<T>(List<T> items, long total) {
}
