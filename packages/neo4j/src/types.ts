export interface PushOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  batchSize?: number;
  wipe?: boolean;
}
