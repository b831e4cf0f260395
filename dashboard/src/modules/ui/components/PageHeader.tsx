import { Children, type ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  titleTestId?: string;
  /** Page tools (pickers, downloads), laid out beside the title on wide screens. */
  children?: ReactNode;
}

/** The one page heading: title, optional subtitle, and the page's toolbar when it has tools. */
export function PageHeader({ title, subtitle, titleTestId, children }: PageHeaderProps) {
  const hasTools = Children.toArray(children).length > 0;
  return (
    <header className={hasTools ? 'page-header page-header--with-tools' : 'page-header'}>
      <div className="page-header__heading">
        <h1 className="page-header__title" data-testid={titleTestId}>
          {title}
        </h1>
        {subtitle && <p className="page-header__subtitle">{subtitle}</p>}
      </div>
      {hasTools && <div className="toolbar">{children}</div>}
    </header>
  );
}
