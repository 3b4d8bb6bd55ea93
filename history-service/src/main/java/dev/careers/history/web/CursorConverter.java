package dev.careers.history.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds the {@code cursor} query parameter; one that does not decode answers 400. */
@Component
class CursorConverter implements Converter<String, Cursor> {

	@Override
	public Cursor convert(String source) {
		return Cursor.decode(source);
	}

}
