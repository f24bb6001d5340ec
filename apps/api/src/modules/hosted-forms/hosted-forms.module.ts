import { Module } from '@nestjs/common';
import { HooksModule } from '../hooks/hooks.module';
import { HostedFormsController } from './hosted-forms.controller';
import { HostedFormsService } from './hosted-forms.service';

/** Public form pages at /f/:token whose posts feed the connection like its hook URL. */
@Module({
  imports: [HooksModule],
  controllers: [HostedFormsController],
  providers: [HostedFormsService],
})
export class HostedFormsModule {}
