// A mail server for the bench: accepts every message over SMTP and keeps nothing, so the instance
// sends its mail as it would in production (nodemailer over TCP) rather than to the outbox folder.
// Usage: node scripts/support/smtp-sink.mjs PORT
import { SMTPServer } from "smtp-server";

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    stream.on("end", () => callback());
    stream.resume();
  },
});
server.on("error", () => {});
server.listen(Number(process.argv[2]), "127.0.0.1");
