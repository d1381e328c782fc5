export type { AccessRecord, AccessRecorder } from './access-recorder.port';
export { systemClock, type Clock } from './clock.port';
export type { CommandEvents, CommandVerdict, EventAppender } from './event-appender.port';
export { uuidGenerator, type IdGenerator } from './id-generator.port';
export type { InventoryReader, LocateCriteria } from './inventory-reader.port';
export type { KeyWrappingClient, WrappedKekReference } from './key-wrapping-client.port';
