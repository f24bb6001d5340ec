/** A field's error under it; an empty placeholder keeps `aria-describedby` pointing somewhere. */
export function FieldErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field__error">
      {message}
    </p>
  ) : (
    <span id={id} hidden />
  );
}
