import { Global, Module } from '@nestjs/common';
import { NotificationService } from './notifications.service';

/**
 * Tells workspace owners what they must act on (a connection switched off after failures).
 * Global, so the run engine can notify without importing this module.
 */
@Global()
@Module({
  providers: [NotificationService],
  exports: [NotificationService],
})
export class NotificationsModule {}
