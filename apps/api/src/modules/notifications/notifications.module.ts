import { Module } from '@nestjs/common';

/** Tells workspace owners what they must act on (a connection switched off after failures). */
@Module({})
export class NotificationsModule {}
