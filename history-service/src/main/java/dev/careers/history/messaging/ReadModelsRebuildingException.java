package dev.careers.history.messaging;

/** A live batch refused because a rebuild holds the read models: it is redelivered after a pause. */
class ReadModelsRebuildingException extends RuntimeException {

	ReadModelsRebuildingException() {
		super("The read models are being rebuilt; projecting later");
	}

}
