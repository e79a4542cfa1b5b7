// A real SMTP server inside the test process: the app sends through nodemailer over TCP and the
// test reads what arrived, as a mail client would.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export async function startSmtpServer(port = 0) {
  const inbox: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    inbox,
    to: (address: string) => inbox.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function linkIn(mail: ParsedMail, path: string): string {
  const match = (mail.text ?? "").match(new RegExp(`https?://\\S+${path.replace(/[/?]/g, "\\$&")}\\S*`));
  if (!match) throw new Error(`No ${path} link in "${mail.subject}"`);
  return match[0];
}
