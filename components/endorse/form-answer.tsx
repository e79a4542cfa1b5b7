import Link from "next/link";
import { publicPaths } from "@/lib/i18n/paths";

/** A static answer to the endorsement form (decision 032): a title, what to do now, a link to the form. */
export function FormAnswer(props: { locale: string; title: string; text: string; link: string; alert?: boolean }) {
  return (
    <article className="max-w-2xl">
      <h1 className="page-title">{props.title}</h1>
      <p className="mt-4 text-lg" role={props.alert ? "alert" : undefined}>
        {props.text}
      </p>
      <p className="mt-6">
        <Link href={`/${props.locale}${publicPaths.endorse}`} prefetch={false} className="text-brand underline">
          {props.link}
        </Link>
      </p>
    </article>
  );
}
