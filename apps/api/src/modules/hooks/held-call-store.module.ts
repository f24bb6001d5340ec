import { Module } from '@nestjs/common';
import { HeldCallStore } from './held-call-store';

/** Its own module so that runs (test data) and hooks (processing) both read held calls. */
@Module({ providers: [HeldCallStore], exports: [HeldCallStore] })
export class HeldCallStoreModule {}
