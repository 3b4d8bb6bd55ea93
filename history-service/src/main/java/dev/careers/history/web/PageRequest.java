package dev.careers.history.web;

/**
 * Which page of a list to answer: {@code page} from 0, {@code size} rows. Controllers bind and
 * validate the two parameters (size up to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}).
 */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	public long offset() {
		return (long) page * size;
	}

}
